// Types of azure-devops-api.mjs for the TypeScript tests that read what it answers.
export const ANSWERED: readonly string[];
