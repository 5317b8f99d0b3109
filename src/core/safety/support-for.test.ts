import { describe, expect, it } from "vitest";
import { locales } from "../locale";
import { helpResources, regionCodes, resourcesCheckedOn } from "./resources";
import { supportFor, toRegion } from "./support-for";
import { safetySignals } from "./types";

describe("toRegion", () => {
  it("reads region codes and language tags", () => {
    expect(toRegion("FR")).toBe("FR");
    expect(toRegion("fr-CA")).toBe("CA");
    expect(toRegion("en_GB.UTF-8")).toBe("GB");
    expect(toRegion("uk")).toBe("GB");
    expect(toRegion("en-US")).toBe("US");
    expect(toRegion("fr-RE")).toBe("FR");
  });

  it("falls back to the international list for anything else", () => {
    expect(toRegion(undefined)).toBe("INTL");
    expect(toRegion("")).toBe("INTL");
    expect(toRegion("en")).toBe("INTL");
    expect(toRegion("de-DE")).toBe("INTL");
  });
});

describe("supportFor", () => {
  it("shows nothing without a signal", () => {
    const support = supportFor([], "en", "GB");
    expect(support.show).toBe(false);
    expect(support.resources).toEqual([]);
    expect(support.message).toEqual([]);
  });

  it("puts emergency services first, then crisis lines, for a crisis in France", () => {
    const support = supportFor(["crisis"], "fr", "FR");
    expect(support.show).toBe(true);
    expect(support.title).toBe("Vous n’avez pas à porter ça sans aide");
    expect(support.resources.map((r) => r.id)).toEqual(["fr-emergency", "fr-3114"]);
    expect(support.resources[1]?.contacts[0]).toEqual({ kind: "phone", label: "3114", href: "tel:3114" });
  });

  it("shows domestic abuse lines for coercion in the UK, with the privacy tip", () => {
    const support = supportFor(["coercion"], "en", "en-GB");
    expect(support.resources.map((r) => r.id)).toEqual([
      "gb-emergency",
      "gb-national-domestic-abuse-helpline",
    ]);
    expect(support.resources[1]?.contacts[0]?.href).toBe("tel:08082000247");
    expect(support.message.join(" ")).toMatch(/device they can't see/);
  });

  it("shows both kinds of line, each once, when both signals are found", () => {
    const support = supportFor(["coercion", "crisis"], "en", "US");
    expect(support.signals).toEqual(["crisis", "coercion"]);
    expect(support.resources.map((r) => r.id)).toEqual([
      "us-emergency",
      "us-988",
      "us-national-domestic-violence-hotline",
    ]);
    const intl = supportFor(["crisis", "coercion"], "fr", null);
    expect(intl.region).toBe("INTL");
    expect(intl.resources.map((r) => r.id)).toEqual(["intl-emergency", "intl-find-a-helpline"]);
  });

  it("says what Poise is, that no one was alerted, and when the details were checked", () => {
    const en = supportFor(["crisis"], "en", "CA");
    expect(en.note).toContain("not a diagnosis");
    expect(en.note).toContain(resourcesCheckedOn);
    expect(supportFor(["crisis"], "fr", "CA").note).toContain("n’a prévenu personne");
  });

  it.each(
    regionCodes.flatMap((region) =>
      locales.flatMap((locale) => safetySignals.map((signal) => [region, locale, signal] as const)),
    ),
  )(
    "%s in %s for %s: an emergency line and a line for the signal, all text filled",
    (region, locale, signal) => {
      const support = supportFor([signal], locale, region);
      expect(support.resources[0]?.purposes).toContain("emergency");
      expect(support.resources.some((r) => r.purposes.includes(signal))).toBe(true);
      for (const resource of support.resources) {
        for (const text of [resource.name, resource.description, resource.availability])
          expect(text.trim()).not.toBe("");
        expect(resource.contacts.length).toBeGreaterThan(0);
      }
      expect(support.title).not.toBe("");
      expect(support.message.length).toBeGreaterThan(1);
    },
  );
});

describe("the reviewed resource list", () => {
  it("gives every resource a unique id, both languages, sources and reachable links", () => {
    const ids = helpResources.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const resource of helpResources) {
      expect(resource.sources.length, resource.id).toBeGreaterThan(0);
      for (const source of resource.sources) expect(source).toMatch(/^https?:\/\//);
      for (const text of [resource.name, resource.description, resource.availability]) {
        for (const locale of locales) expect(text[locale].trim(), `${resource.id} ${locale}`).not.toBe("");
      }
      for (const contact of resource.contacts) {
        const pattern = {
          phone: /^tel:\+?\d+$/,
          text: /^sms:\d+(\?body=[A-Z]+)?$/,
          url: /^https:\/\/[a-z0-9.-]+\.[a-z]+$/,
        }[contact.kind];
        expect(contact.href, resource.id).toMatch(pattern);
      }
    }
  });

  it("records the numbers the brief asks for, each in its region", () => {
    const hrefs = (region: string) =>
      helpResources.filter((r) => r.region === region).flatMap((r) => r.contacts.map((c) => c.href));
    expect(hrefs("FR")).toEqual(expect.arrayContaining(["tel:3114", "tel:112", "tel:15", "tel:3919"]));
    expect(hrefs("GB")).toEqual(
      expect.arrayContaining(["tel:999", "tel:116123", "sms:85258?body=SHOUT", "tel:08082000247"]),
    );
    expect(hrefs("US")).toEqual(
      expect.arrayContaining(["tel:988", "tel:911", "tel:+18007997233", "sms:88788?body=START"]),
    );
    expect(hrefs("CA")).toEqual(expect.arrayContaining(["tel:988", "tel:911", "tel:+18668630511"]));
    expect(resourcesCheckedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
