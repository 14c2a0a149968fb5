export function Logo({ className = "size-8" }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" className={className} aria-hidden="true">
      <rect width="32" height="32" rx="8" className="fill-brand-600" />
      <path d="M9 10h3v12H9zM15 10l4 12 4-12h-3l-1 4.5L18 10z" className="fill-white" />
    </svg>
  );
}
