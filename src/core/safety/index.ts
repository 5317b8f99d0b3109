// The safety layer's public surface: detection of crisis and coercion signals in free text, and the
// support to show when one is found. The server and the web app import from here.
export { detectSafetySignals } from "./detect-safety-signals";
export {
  type ContactPoint,
  type HelpResource,
  helpResources,
  type RegionCode,
  regionCodes,
  resourcesCheckedOn,
} from "./resources";
export {
  type SafetySupport,
  type SupportContact,
  type SupportResource,
  supportFor,
  toRegion,
} from "./support-for";
export { type SafetyDetection, type SafetySignal, type SetAsideReason, safetySignals } from "./types";
