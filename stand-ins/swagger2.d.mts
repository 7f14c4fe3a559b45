// Types of swagger2.mjs for the TypeScript tests that call the validator directly.
export interface Verdict {
  operationId: string;
  route: string;
  params: Record<string, string>;
  responses: Record<string, unknown>;
}
export interface Swagger2Validator {
  (method: string, pathname: string, query: URLSearchParams, body: unknown): Verdict | string;
  answerFault(verdict: Verdict, status: number, body: unknown, unwrap?: (b: unknown) => unknown): string | undefined;
}
export function swagger2Validator(description: object, options?: { caseInsensitive?: boolean }): Swagger2Validator;
