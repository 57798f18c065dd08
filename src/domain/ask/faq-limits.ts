/** Lengths the FAQ editor, the cards and the checks agree on. */
export const FAQ_LIMITS = { question: 300, answer: 8000, alternates: 20, tags: 20, tag: 40 } as const;
