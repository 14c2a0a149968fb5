import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

/** The narrow centred card the sign-in and registration pages share. */
export function AuthCard({ title, description, children }: { title: string; description?: ReactNode; children: ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-md py-6 sm:py-10">
      <Card className="p-6 sm:p-8">
        <h1 className="text-2xl font-bold tracking-tight">{title}</h1>
        {description && <p className="mt-1 text-sm text-ink-muted dark:text-ink-dark-muted">{description}</p>}
        <div className="mt-6">{children}</div>
      </Card>
    </div>
  );
}
