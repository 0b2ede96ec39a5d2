/** What happened and what to do about it, in one language. `{name}` placeholders take the error's parameters. */
export interface Explanation {
  what: string;
  todo: string;
}

export interface CatalogueEntry {
  en: Explanation;
  zh: Explanation;
}

export type Catalogue = Readonly<Record<string, CatalogueEntry>>;

/** Keeps the tables readable: English what/todo, then Chinese what/todo. */
export const entry = (enWhat: string, enTodo: string, zhWhat: string, zhTodo: string): CatalogueEntry => ({
  en: { what: enWhat, todo: enTodo },
  zh: { what: zhWhat, todo: zhTodo },
});
