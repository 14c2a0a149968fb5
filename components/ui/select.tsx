import type { Ref, SelectHTMLAttributes } from "react";
import { cn } from "@/components/ui/cn";
import { fieldControlClasses } from "@/components/ui/input";

export function Select({ className, ref, ...rest }: SelectHTMLAttributes<HTMLSelectElement> & { ref?: Ref<HTMLSelectElement> }) {
  return <select ref={ref} className={cn(fieldControlClasses, "h-10", className)} {...rest} />;
}
