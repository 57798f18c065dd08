/**
 * What a security-group search may contain: letters, digits, spaces and the punctuation group
 * names use, 2 to 64 characters. No quotes, backslashes, colons or `$`, so the text cannot change
 * Graph's `$search` phrase; the tab checks it before asking, the server again before Graph.
 */
export const GROUP_SEARCH_TEXT = /^[\p{L}\p{N}][\p{L}\p{N} ._&'()+-]{1,63}$/u;
