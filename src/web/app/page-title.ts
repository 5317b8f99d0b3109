import { useEffect } from "react";

/** Sets the document title to "<page> · Poise", so tabs, history and screen readers name each page. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Poise`;
  }, [title]);
}
