import type { Ref, TextareaHTMLAttributes } from "react";
import { cn } from "@/components/ui/cn";
import { fieldControlClasses } from "@/components/ui/input";

export function Textarea({ className, ref, ...rest }: TextareaHTMLAttributes<HTMLTextAreaElement> & { ref?: Ref<HTMLTextAreaElement> }) {
  return <textarea ref={ref} className={cn(fieldControlClasses, "min-h-24 leading-relaxed", className)} {...rest} />;
}
