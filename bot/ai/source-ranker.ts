import { GPTTokenizer, Prompt, TextSection, type PromptTemplate } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { AiConfig } from '../../src/config/ask.js';
import type { RankCandidate, SourceRanker } from '../../src/domain/ask/model-rerank.js';
import { createModel } from './answer-composer.js';
import { noFunctions, noMemory } from './prompt-context.js';

/** The instructions: order, do not answer; ids only, so the reply is cheap and checkable. */
export const RANK_PROMPT = [
  'You rank knowledge-base sources for a Power Platform Center of Excellence assistant.',
  'Order the candidate sources below by how well each one answers the question, best first.',
  'Reply with ONLY a JSON array of the candidate ids, for example ["s3","s1","s2"]. Do not answer the question.',
].join('\n');

/** The candidates as the model reads them: label, title › heading, the start of the passage. */
export function candidatesText(candidates: readonly RankCandidate[]): string {
  return candidates.map((c) => `${c.id}: ${c.heading ? `${c.title} › ${c.heading}` : c.title}\n${c.text}`).join('\n\n');
}

function template(question: string, candidates: readonly RankCandidate[]): PromptTemplate {
  return {
    name: 'maker-hub-rank',
    prompt: new Prompt([new TextSection(RANK_PROMPT, 'system'), new TextSection(`Candidates:\n\n${candidatesText(candidates)}`, 'user'), new TextSection(`Question: ${question}`, 'user')]),
    config: {
      schema: 1.1,
      type: 'completion',
      completion: { completion_type: 'chat', frequency_penalty: 0, presence_penalty: 0, include_history: false, include_input: false, include_images: false, max_tokens: 80, max_input_tokens: 6000, temperature: 0, top_p: 1 },
    },
  };
}

/** A ranker for one turn on the configured model; failures are thrown so the domain keeps the retrieval order. */
export function createRankerFactory(ai: AiConfig): (context: TurnContext) => SourceRanker {
  const model = createModel(ai);
  const tokenizer = new GPTTokenizer();
  return (context) => ({
    async rank(question, candidates) {
      const response = await model.completePrompt(context, noMemory, noFunctions, tokenizer, template(question, candidates));
      if (response.status !== 'success') throw new Error(`AI ranking ${response.status}: ${response.error?.message ?? 'no message'}`);
      const content = response.message?.content;
      return typeof content === 'string' ? content : '';
    },
  });
}
