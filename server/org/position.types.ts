import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
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

  @Field(() => Boolean, { nullable: true, description: 'Only documented (true) or only undocumented (false) positions.' })
  @IsOptional()
  documented?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Only positions whose title contains this text (case-insensitive).' })
  @IsOptional()
  @MaxLength(200)
  titleContains?: string | null;
}

@ArgsType()
export class PositionsArgs {
  @Field(() => PositionFilter, { nullable: true, description: 'Conditions the positions must meet.' })
  @IsOptional()
  filter?: PositionFilter | null;

  @Field(() => Int, { defaultValue: 50, description: 'How many positions to return (1–100).' })
  @Min(1)
  @Max(100)
  first: number;

  @Field(() => String, { nullable: true, description: 'Return positions after this cursor (an `endCursor` or edge `cursor`).' })
  @IsOptional()
  @MaxLength(100)
  after?: string | null;
}

@ObjectType({ description: 'A page of positions.' })
export class PositionConnection extends Connection(Position, 'Position') {}
