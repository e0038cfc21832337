export { centuryRule, isIssuedPlaceOfBirthCode, parseMyKad, type Gender, type MyKadParseResult, type MyKadProblem, type ParseMyKadOptions, type ParsedMyKad } from './mykad';
