import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { PrintButton } from "@/components/career/print-button";
import { PrintLetter, PrintResume } from "@/components/career/print-documents";
import { requirePageUser } from "@/lib/auth/current-user";
import { loadPrintView } from "@/lib/career/workspace-data";

export const metadata: Metadata = { title: "Print" };

// A print stylesheet view: "Print or save as PDF" gives the resume or the cover letter as a PDF.
export default async function PrintPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ doc?: string }>;
}) {
  const [{ id }, { doc }] = await Promise.all([params, searchParams]);
  const user = await requirePageUser(`/career/${id}/print`);
  const data = await loadPrintView(user.id, id);
  if (!data) notFound();
  const which = doc === "letter" ? "letter" : "resume";
  const available = which === "letter" ? data.hasLetter : data.hasResume;
  return (
    <div className="mx-auto max-w-3xl">
      <div className="no-print mb-6 flex flex-wrap items-center justify-between gap-3">
        <Link href={`/career/${id}`} className="text-sm text-brand-700 underline dark:text-brand-300">
          <span aria-hidden="true">←</span> Back to the application
        </Link>
        {available && <PrintButton />}
      </div>
      {!available ? (
        <Alert tone="info">This application has no {which === "letter" ? "cover letter" : "tailored resume"} saved.</Alert>
      ) : (
        <article className="rounded-lg bg-white p-5 text-[#111] shadow-card sm:p-10 print:p-0 print:shadow-none">
          {which === "letter" ? <PrintLetter view={data.letter} /> : <PrintResume view={data.resume} />}
        </article>
      )}
    </div>
  );
}
