import { GPTTokenizer, OpenAIModel, Prompt, TextSection, type PromptTemplate } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { AiConfig } from '../../src/config/ask.js';
import type { AnswerComposer, ComposerPassage } from '../../src/domain/ask/composer.js';
import { noFunctions, noMemory } from './prompt-context.js';

/**
 * The instructions: answer only from the passages, cite them by number, say so when they do not
 * answer. The knowledge base stays the source of truth; the model only writes it up.
 */
export const SYSTEM_PROMPT = [
  "You are Maker Hub, the Power Platform Center of Excellence's assistant in Microsoft Teams.",
  'Answer the maker\'s question using ONLY the numbered passages from the CoE knowledge base below.',
  'Cite the passages you used with their numbers in square brackets, like [1] or [2].',
  'If the passages do not answer the question, say that you are not sure and suggest asking a CoE expert.',
  'Write at most 150 words of plain Markdown that Teams renders: short paragraphs, **bold**, bullet or numbered lists, links. No headings, tables or code blocks.',
].join('\n');

/** The passages as the model reads them. */
export function passagesText(passages: readonly ComposerPassage[]): string {
  return passages.map((p) => `[${p.n}] ${p.heading ? `${p.title} › ${p.heading}` : p.title} (${p.path})\n${p.text}`).join('\n\n');
}


function template(question: string, passages: readonly ComposerPassage[]): PromptTemplate {
  return {
    name: 'maker-hub-answer',
    // TextSection (not a template section): passages and questions are text, never {{expressions}}.
    prompt: new Prompt([new TextSection(SYSTEM_PROMPT, 'system'), new TextSection(`Passages:\n\n${passagesText(passages)}`, 'user'), new TextSection(`Question: ${question}`, 'user')]),
    config: {
      schema: 1.1,
      type: 'completion',
      completion: {
        completion_type: 'chat',
        frequency_penalty: 0,
        presence_penalty: 0,
        include_history: false,
        include_input: false,
        include_images: false,
        max_tokens: 450,
        max_input_tokens: 6000,
        temperature: 0.1,
        top_p: 1,
      },
    },
  };
}

/** teams-ai's OpenAIModel for OpenAI (or a compatible endpoint) or Azure OpenAI; no retries: the caller's timeout decides. */
export function createModel(ai: AiConfig): OpenAIModel {
  const base = { useSystemMessages: true, maxRetries: 0, clientOptions: { timeout: ai.timeoutMs, maxRetries: 0 } };
  if (ai.kind === 'azure') {
    return new OpenAIModel({ ...base, azureApiKey: ai.apiKey, azureEndpoint: ai.endpoint, azureDefaultDeployment: ai.deployment, azureApiVersion: ai.apiVersion });
  }
  return new OpenAIModel({ ...base, apiKey: ai.apiKey, defaultModel: ai.model, ...(ai.baseUrl ? { endpoint: ai.baseUrl } : {}) });
}

/**
 * A composer for one turn: teams-ai's model completes a prompt in the context of the turn.
 * Failures (HTTP errors, refusals, too-long prompts) are thrown so the domain falls back.
 */
export function createComposerFactory(ai: AiConfig): (context: TurnContext) => AnswerComposer {
  const model = createModel(ai);
  const tokenizer = new GPTTokenizer();
  return (context) => ({
    async compose(question, passages) {
      const response = await model.completePrompt(context, noMemory, noFunctions, tokenizer, template(question, passages));
      if (response.status !== 'success') throw new Error(`AI answer ${response.status}: ${response.error?.message ?? 'no message'}`);
      const content = response.message?.content;
      return typeof content === 'string' ? content : '';
    },
  });
}
