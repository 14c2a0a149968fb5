"use client";

// Last-resort boundary for errors in the root layout itself; it must render its own <html>.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen items-center justify-center p-8 font-sans">
        <div role="alert" className="max-w-md text-center">
          <h1 className="text-2xl font-bold">InterVu could not load</h1>
          <p className="mt-3">Your saved work is safe. Please try again in a moment.</p>
          <button type="button" onClick={reset} className="mt-6 rounded-md bg-blue-700 px-4 py-2 text-white">
            Try again
          </button>
        </div>
      </body>
    </html>
  );
}
