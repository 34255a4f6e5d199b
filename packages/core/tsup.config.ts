import {dualBuild} from '../tsconfig/tsup.js'

export default dualBuild()
