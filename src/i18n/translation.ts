/**
 * How a part of the dictionary is written: the English side is the source, and every other language has the same
 * keys, a string for a string and a function of the same arguments for a function (a phrase with a number or a
 * name in it). A key missing in a language is a type error, and `dictionary.test.ts` names it.
 */
export type Translation<T> = {
  readonly [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};
