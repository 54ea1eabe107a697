import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { PAGE_RANGE } from '../limits/cost.js';
import { LIMITS } from '../limits/limits.js';
import { Connection } from '../common/connection.js';
import { Position } from './position.entity.js';

@InputType({ description: 'Narrows a list of positions. All given conditions must hold.' })
export class PositionFilter {
  @Field(() => ID, { nullable: true, description: 'Only positions in this unit and, unless `directOnly`, the units below it.' })
  @IsOptional()
  unitId?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'With `unitId`: only positions directly in the unit, not in its sub-units.' })
  @IsOptional()
  directOnly?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Only positions at the top of the organisation, in no unit (true), or only those in a unit (false).' })
  @IsOptional()
  atTop?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only documented (true) or only undocumented (false) positions.' })
  @IsOptional()
  documented?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Only positions whose title contains this text (case-insensitive); at most 200 characters.' })
  @IsOptional()
  @MaxLength(200)
  titleContains?: string | null;
}

@ArgsType()
export class PositionsArgs {
  @Field(() => PositionFilter, { nullable: true, description: 'Conditions the positions must meet.' })
  @IsOptional()
  // Without it class-validator skips the filter's own rules (the length of titleContains).
  @ValidateNested()
  filter?: PositionFilter | null;

  // Its range, like every page size's, is checked with the query's cost (server/limits/cost.ts).
  @Field(() => Int, { defaultValue: 50, description: `How many positions to return (${PAGE_RANGE}).` })
  first: number;

  @Field(() => String, { nullable: true, description: `Return positions after this cursor (an \`endCursor\` or edge \`cursor\`; at most ${LIMITS.cursorLength} characters).` })
  @IsOptional()
  after?: string | null;
}

@ObjectType({ description: 'A page of positions.' })
export class PositionConnection extends Connection(Position, 'Position') {}
