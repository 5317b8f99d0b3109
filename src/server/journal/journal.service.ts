import type { Access } from "../access/access";
import { textCipherFor } from "../access/text-cipher-for";
import type { ServerContext } from "../context";
import type { TextCipher } from "../crypto/key-ring";
import { newId } from "../db/ids";
import { invalidField, notFound } from "../http/api-error";
import { createJournalRepository, type JournalRow } from "./journal.repository";
import type { JournalEntry, JournalInput } from "./journal.schema";
import { decodeCursor, encodeCursor } from "./journal-cursor";

const titleContext = (id: string) => `journal.title:${id}`;
const textContext = (id: string) => `journal.text:${id}`;
const defaultPageSize = 20;

// Case- and accent-insensitive matching ("eleve" finds "élève").
function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The journal: entries encrypted with the person's data key, listed newest first. */
export function createJournalService(ctx: ServerContext) {
  const repository = createJournalRepository(ctx.database.db);

  const toEntry = (row: JournalRow, cipher: TextCipher): JournalEntry => ({
    id: row.id,
    title: row.title_sealed === null ? null : cipher.decrypt(row.title_sealed, titleContext(row.id)),
    text: cipher.decrypt(row.text_sealed, textContext(row.id)),
    promptId: row.prompt_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });

  const seal = (input: JournalInput, id: string, cipher: TextCipher) => ({
    title_sealed: input.title?.trim() ? cipher.encrypt(input.title, titleContext(id)) : null,
    text_sealed: cipher.encrypt(input.text, textContext(id)),
    prompt_id: input.promptId ?? null,
  });

  return {
    async create(access: Access, input: JournalInput): Promise<JournalEntry> {
      const cipher = textCipherFor(ctx.keys, access, "journal:write");
      const now = ctx.clock();
      const id = newId(now.getTime());
      const row = {
        id,
        ...seal(input, id, cipher),
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      };
      await repository.insert(access, row);
      return toEntry({ ...row, user_id: access.ownerId }, cipher);
    },

    async get(access: Access, id: string): Promise<JournalEntry> {
      const row = await repository.get(access, id);
      if (!row) throw notFound("There is no such journal entry.");
      return toEntry(row, textCipherFor(ctx.keys, access, "journal:read"));
    },

    /** A page of entries, newest first. With `q`, only entries containing it (decrypted here). */
    async list(
      access: Access,
      query: { limit?: number; cursor?: string; q?: string },
    ): Promise<{ entries: JournalEntry[]; nextCursor: string | null }> {
      const cursor = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
      if (cursor === null) throw invalidField("cursor", "is not a cursor from this API");
      const limit = query.limit ?? defaultPageSize;
      const cipher = textCipherFor(ctx.keys, access, "journal:read");
      let entries: JournalEntry[];
      let more: boolean;
      if (query.q?.trim()) {
        // Text is encrypted, so the database cannot search it: decrypt this person's entries and filter.
        const needle = fold(query.q.trim());
        const all = (await repository.list(access, { cursor })).map((row) => toEntry(row, cipher));
        const matching = all.filter((e) => fold(`${e.title ?? ""}\n${e.text}`).includes(needle));
        entries = matching.slice(0, limit);
        more = matching.length > limit;
      } else {
        const rows = await repository.list(access, { limit: limit + 1, cursor });
        more = rows.length > limit;
        entries = rows.slice(0, limit).map((row) => toEntry(row, cipher));
      }
      const last = entries.at(-1);
      return {
        entries,
        nextCursor: more && last ? encodeCursor({ createdAt: last.createdAt, id: last.id }) : null,
      };
    },

    /** Every entry, oldest first (for the export). */
    async listAll(access: Access): Promise<JournalEntry[]> {
      const cipher = textCipherFor(ctx.keys, access, "journal:read");
      const rows = await repository.list(access, {});
      return rows.reverse().map((row) => toEntry(row, cipher));
    },

    async update(access: Access, id: string, input: JournalInput): Promise<JournalEntry> {
      const cipher = textCipherFor(ctx.keys, access, "journal:write");
      const row = await repository.update(access, id, {
        ...seal(input, id, cipher),
        updated_at: ctx.clock().toISOString(),
      });
      if (!row) throw notFound("There is no such journal entry.");
      return toEntry(row, cipher);
    },

    async delete(access: Access, id: string): Promise<void> {
      if (!(await repository.delete(access, id))) throw notFound("There is no such journal entry.");
    },
  };
}
