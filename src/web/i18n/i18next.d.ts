import "i18next";
import type { en } from "./en";

// Typed keys: t("check.begin") is checked at compile time against the English resources.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: typeof en };
  }
}
