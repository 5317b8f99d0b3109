import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { ApiError, whenSessionEnds } from "../api/client";
import { auth } from "../api/endpoints";
import type { User } from "../api/types";

export type AuthState =
  | { status: "loading" }
  | { status: "signed-out" }
  | { status: "signed-in"; user: User };

interface AuthContextValue {
  state: AuthState;
  /** Records who is signed in after sign-up or sign-in, or null after sign-out and deletion. */
  setUser: (user: User | null) => void;
}

const AuthContext = createContext<AuthContextValue | null>(null);

/** Asks the server once who is signed in (the session cookie is HttpOnly, so only the server knows). */
export function AuthProvider({ children, initial }: { children: ReactNode; initial?: AuthState }) {
  const [state, setState] = useState<AuthState>(initial ?? { status: "loading" });

  useEffect(() => {
    if (initial) return;
    const controller = new AbortController();
    auth
      .me(controller.signal)
      .then((user) => setState({ status: "signed-in", user }))
      .catch((error: unknown) => {
        if (error instanceof DOMException && error.name === "AbortError") return;
        // 401 means nobody is signed in; any other failure also shows the signed-out pages.
        if (!(error instanceof ApiError) || error.status !== 401)
          console.warn("Could not read the session", error);
        setState({ status: "signed-out" });
      });
    return () => controller.abort();
  }, [initial]);

  useEffect(() => {
    whenSessionEnds(() =>
      setState((current) => (current.status === "signed-in" ? { status: "signed-out" } : current)),
    );
    return () => whenSessionEnds(null);
  }, []);

  const setUser = useCallback(
    (user: User | null) => setState(user ? { status: "signed-in", user } : { status: "signed-out" }),
    [],
  );
  const value = useMemo(() => ({ state, setUser }), [state, setUser]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

/** The session state and its setter; throws outside AuthProvider, which is always a wiring bug. */
export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error("useAuth requires an AuthProvider");
  return value;
}

/** The signed-in person; only valid on pages behind the signed-in gate. */
export function useUser(): User {
  const { state } = useAuth();
  if (state.status !== "signed-in") throw new Error("useUser requires a signed-in session");
  return state.user;
}
