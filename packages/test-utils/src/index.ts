export {handBuiltArticle, input} from './hand-built-article.js'
export {articlesDir, hasSeed, root, sampleArticles, seedPath} from './paths.js'
