import type { Memory, PromptFunctions } from '@microsoft/teams-ai';

/** teams-ai wants memory and prompt functions; Maker Hub's prompts use neither (no {{templates}}). */
export const noMemory: Memory = { deleteValue: () => undefined, hasValue: () => false, getValue: <T>() => undefined as T, setValue: () => undefined };
export const noFunctions: PromptFunctions = {
  hasFunction: () => false,
  getFunction: (name) => {
    throw new Error(`no prompt function ${name}`);
  },
  invokeFunction: async (name) => {
    throw new Error(`no prompt function ${name}`);
  },
};
