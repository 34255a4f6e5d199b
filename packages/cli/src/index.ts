export {run, type CliIo} from './run.js'
export {renderSummary, summarize, type ArticleSummary, type SpeakerSummary, type StatementSummary} from './summary.js'
