/** A report sentence kept as a message key with parameters, with its text in the caller's language. */
export type Said<T extends { key: string; params: Record<string, string | number> } = { key: string; params: Record<string, string | number> }> = T & {
  message: string;
};
