import { type ReactNode, useEffect, useRef } from "react";

/**
 * A message above a form: an error (announced at once, and focused so keyboard users land on it) or a
 * quiet success note (announced politely).
 */
export function FormStatus({ kind, children }: { kind: "error" | "success"; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (kind === "error") ref.current?.focus();
  }, [kind]);
  return (
    <div
      ref={ref}
      className={`form-status ${kind === "success" ? "success" : ""}`}
      role={kind === "error" ? "alert" : "status"}
      tabIndex={-1}
    >
      {children}
    </div>
  );
}
