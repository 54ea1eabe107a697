/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ChartUnits {\n    units {\n      ...ChartUnit\n    }\n  }\n\n  fragment ChartUnit on Unit {\n    id\n    name\n    kind\n    parent {\n      id\n    }\n  }\n": typeof types.ChartUnitsDocument,
    "\n  query ChartPositions($after: String) {\n    positions(first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ChartPosition\n      }\n    }\n  }\n\n  fragment ChartPosition on Position {\n    id\n    title\n    specialization\n    documented\n    unit {\n      id\n    }\n    manager {\n      id\n    }\n    substitutes {\n      position {\n        id\n      }\n      status\n      statedBy\n    }\n  }\n": typeof types.ChartPositionsDocument,
    "\n  query PositionDetails($id: ID!) {\n    position(id: $id) {\n      id\n      title\n      specialization\n      documented\n      unit {\n        id\n        name\n        kind\n      }\n      manager {\n        ...PositionLink\n      }\n      reportingChain {\n        ...PositionLink\n      }\n      reports {\n        ...PositionLink\n      }\n      substitutes {\n        ...SubstitutionLink\n      }\n      substitutedFor {\n        ...SubstitutionLink\n      }\n      jobDescription {\n        ...JobDescriptionDetails\n      }\n    }\n  }\n\n  fragment PositionLink on Position {\n    id\n    title\n  }\n\n  fragment SubstitutionLink on SubstitutionEdge {\n    status\n    statedBy\n    position {\n      ...PositionLink\n    }\n  }\n\n  fragment JobDescriptionDetails on JobDescription {\n    id\n    sourceName\n    purpose\n    duties {\n      number\n      text\n      results\n    }\n    rights\n    responsibilities\n    requirements {\n      education\n      experience\n      computerSkills\n      domainKnowledge\n      languages {\n        language\n        level\n        alternatives\n        text\n      }\n      other {\n        label\n        text\n      }\n    }\n    competencies {\n      group\n      items\n    }\n    additionalCompetencies {\n      name\n      description\n    }\n    workTools\n    amendment\n    approval {\n      date\n      issuer\n      number\n    }\n    contractAnnex {\n      contractNumber\n    }\n    signatures {\n      name\n      party\n      role\n    }\n    sourceText\n    sources {\n      field\n      start\n      end\n    }\n    warnings {\n      line\n      message\n    }\n  }\n": typeof types.PositionDetailsDocument,
    "\n  query SearchPositions($text: String!) {\n    search(text: $text, first: 20) {\n      field\n      snippet\n      position {\n        id\n        title\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SearchPositionsDocument,
};
const documents: Documents = {
    "\n  query ChartUnits {\n    units {\n      ...ChartUnit\n    }\n  }\n\n  fragment ChartUnit on Unit {\n    id\n    name\n    kind\n    parent {\n      id\n    }\n  }\n": types.ChartUnitsDocument,
    "\n  query ChartPositions($after: String) {\n    positions(first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ChartPosition\n      }\n    }\n  }\n\n  fragment ChartPosition on Position {\n    id\n    title\n    specialization\n    documented\n    unit {\n      id\n    }\n    manager {\n      id\n    }\n    substitutes {\n      position {\n        id\n      }\n      status\n      statedBy\n    }\n  }\n": types.ChartPositionsDocument,
    "\n  query PositionDetails($id: ID!) {\n    position(id: $id) {\n      id\n      title\n      specialization\n      documented\n      unit {\n        id\n        name\n        kind\n      }\n      manager {\n        ...PositionLink\n      }\n      reportingChain {\n        ...PositionLink\n      }\n      reports {\n        ...PositionLink\n      }\n      substitutes {\n        ...SubstitutionLink\n      }\n      substitutedFor {\n        ...SubstitutionLink\n      }\n      jobDescription {\n        ...JobDescriptionDetails\n      }\n    }\n  }\n\n  fragment PositionLink on Position {\n    id\n    title\n  }\n\n  fragment SubstitutionLink on SubstitutionEdge {\n    status\n    statedBy\n    position {\n      ...PositionLink\n    }\n  }\n\n  fragment JobDescriptionDetails on JobDescription {\n    id\n    sourceName\n    purpose\n    duties {\n      number\n      text\n      results\n    }\n    rights\n    responsibilities\n    requirements {\n      education\n      experience\n      computerSkills\n      domainKnowledge\n      languages {\n        language\n        level\n        alternatives\n        text\n      }\n      other {\n        label\n        text\n      }\n    }\n    competencies {\n      group\n      items\n    }\n    additionalCompetencies {\n      name\n      description\n    }\n    workTools\n    amendment\n    approval {\n      date\n      issuer\n      number\n    }\n    contractAnnex {\n      contractNumber\n    }\n    signatures {\n      name\n      party\n      role\n    }\n    sourceText\n    sources {\n      field\n      start\n      end\n    }\n    warnings {\n      line\n      message\n    }\n  }\n": types.PositionDetailsDocument,
    "\n  query SearchPositions($text: String!) {\n    search(text: $text, first: 20) {\n      field\n      snippet\n      position {\n        id\n        title\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SearchPositionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChartUnits {\n    units {\n      ...ChartUnit\n    }\n  }\n\n  fragment ChartUnit on Unit {\n    id\n    name\n    kind\n    parent {\n      id\n    }\n  }\n"): (typeof documents)["\n  query ChartUnits {\n    units {\n      ...ChartUnit\n    }\n  }\n\n  fragment ChartUnit on Unit {\n    id\n    name\n    kind\n    parent {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChartPositions($after: String) {\n    positions(first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ChartPosition\n      }\n    }\n  }\n\n  fragment ChartPosition on Position {\n    id\n    title\n    specialization\n    documented\n    unit {\n      id\n    }\n    manager {\n      id\n    }\n    substitutes {\n      position {\n        id\n      }\n      status\n      statedBy\n    }\n  }\n"): (typeof documents)["\n  query ChartPositions($after: String) {\n    positions(first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ChartPosition\n      }\n    }\n  }\n\n  fragment ChartPosition on Position {\n    id\n    title\n    specialization\n    documented\n    unit {\n      id\n    }\n    manager {\n      id\n    }\n    substitutes {\n      position {\n        id\n      }\n      status\n      statedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PositionDetails($id: ID!) {\n    position(id: $id) {\n      id\n      title\n      specialization\n      documented\n      unit {\n        id\n        name\n        kind\n      }\n      manager {\n        ...PositionLink\n      }\n      reportingChain {\n        ...PositionLink\n      }\n      reports {\n        ...PositionLink\n      }\n      substitutes {\n        ...SubstitutionLink\n      }\n      substitutedFor {\n        ...SubstitutionLink\n      }\n      jobDescription {\n        ...JobDescriptionDetails\n      }\n    }\n  }\n\n  fragment PositionLink on Position {\n    id\n    title\n  }\n\n  fragment SubstitutionLink on SubstitutionEdge {\n    status\n    statedBy\n    position {\n      ...PositionLink\n    }\n  }\n\n  fragment JobDescriptionDetails on JobDescription {\n    id\n    sourceName\n    purpose\n    duties {\n      number\n      text\n      results\n    }\n    rights\n    responsibilities\n    requirements {\n      education\n      experience\n      computerSkills\n      domainKnowledge\n      languages {\n        language\n        level\n        alternatives\n        text\n      }\n      other {\n        label\n        text\n      }\n    }\n    competencies {\n      group\n      items\n    }\n    additionalCompetencies {\n      name\n      description\n    }\n    workTools\n    amendment\n    approval {\n      date\n      issuer\n      number\n    }\n    contractAnnex {\n      contractNumber\n    }\n    signatures {\n      name\n      party\n      role\n    }\n    sourceText\n    sources {\n      field\n      start\n      end\n    }\n    warnings {\n      line\n      message\n    }\n  }\n"): (typeof documents)["\n  query PositionDetails($id: ID!) {\n    position(id: $id) {\n      id\n      title\n      specialization\n      documented\n      unit {\n        id\n        name\n        kind\n      }\n      manager {\n        ...PositionLink\n      }\n      reportingChain {\n        ...PositionLink\n      }\n      reports {\n        ...PositionLink\n      }\n      substitutes {\n        ...SubstitutionLink\n      }\n      substitutedFor {\n        ...SubstitutionLink\n      }\n      jobDescription {\n        ...JobDescriptionDetails\n      }\n    }\n  }\n\n  fragment PositionLink on Position {\n    id\n    title\n  }\n\n  fragment SubstitutionLink on SubstitutionEdge {\n    status\n    statedBy\n    position {\n      ...PositionLink\n    }\n  }\n\n  fragment JobDescriptionDetails on JobDescription {\n    id\n    sourceName\n    purpose\n    duties {\n      number\n      text\n      results\n    }\n    rights\n    responsibilities\n    requirements {\n      education\n      experience\n      computerSkills\n      domainKnowledge\n      languages {\n        language\n        level\n        alternatives\n        text\n      }\n      other {\n        label\n        text\n      }\n    }\n    competencies {\n      group\n      items\n    }\n    additionalCompetencies {\n      name\n      description\n    }\n    workTools\n    amendment\n    approval {\n      date\n      issuer\n      number\n    }\n    contractAnnex {\n      contractNumber\n    }\n    signatures {\n      name\n      party\n      role\n    }\n    sourceText\n    sources {\n      field\n      start\n      end\n    }\n    warnings {\n      line\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPositions($text: String!) {\n    search(text: $text, first: 20) {\n      field\n      snippet\n      position {\n        id\n        title\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchPositions($text: String!) {\n    search(text: $text, first: 20) {\n      field\n      snippet\n      position {\n        id\n        title\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;