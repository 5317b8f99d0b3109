import { type DependencyList, useCallback, useEffect, useState } from "react";

export type RequestState<T> =
  | { status: "loading"; data?: undefined; error?: undefined }
  | { status: "done"; data: T; error?: undefined }
  | { status: "error"; data?: undefined; error: unknown };

/**
 * Runs a request when the component mounts or its dependencies change, cancelling the previous one;
 * `reload` runs it again. The loader receives an AbortSignal.
 */
export function useRequest<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: DependencyList,
): RequestState<T> & { reload: () => void } {
  const [state, setState] = useState<RequestState<T>>({ status: "loading" });
  const [round, setRound] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller lists the loader's dependencies.
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: "loading" });
    load(controller.signal)
      .then((data) => {
        if (!controller.signal.aborted) setState({ status: "done", data });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ status: "error", error });
      });
    return () => controller.abort();
  }, [...deps, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { ...state, reload };
}
