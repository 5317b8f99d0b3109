import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { createBrowserRouter } from "react-router";
import { RouterProvider } from "react-router/dom";
import { AuthProvider } from "./app/auth";
import { buildRoutes } from "./app/router";
import { setupI18n } from "./i18n/setup";
import "./styles/tokens.css";
import "./styles/base.css";
import "./styles/layout.css";
import "./styles/forms.css";
import "./styles/components.css";

const i18n = setupI18n();
const router = createBrowserRouter(buildRoutes());
const root = document.getElementById("root");
if (!root) throw new Error("index.html requires a #root element");

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <AuthProvider>
        <RouterProvider router={router} />
      </AuthProvider>
    </I18nextProvider>
  </StrictMode>,
);
