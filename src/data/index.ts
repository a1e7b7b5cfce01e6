export { buildConversations } from './buildConversations';
export { ConversationBuildJob } from './buildJob';
export { defaultConversationOptions } from './options';
export { lokiFrameFromJsonl, lokiFrameFromLines } from './lokiFrame';
export type { LokiFrameOptions } from './lokiFrame';
export type * from './types';
