export { parseArticleJson, articleFromJsonValue, normalisePublishedDate } from './article-json';
export { articleFromPlainText } from './plain-text';
export { readArticlesFromFile, articleFileKind, MAX_ARTICLE_BYTES, type ArticleReadItem } from './read-articles-file';
export { decodeUtf8Text } from './decode-text';
