import type { Check } from '../kinds/input-checks';
import {
  actionKinds,
  conditionKinds,
  type Action,
  type ActionInput,
  type Condition,
  type ConditionInput,
} from '../kinds/registry';

export type { ActionInput, ConditionInput } from '../kinds/registry';

export interface Problems {
  list: { code: string; message: string; field: string[] }[];
  add(code: string, message: string, field: string[]): void;
}

function setMembers(input: object): string[] {
  return Object.entries(input)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([key]) => key);
}

function oneOf<T>(
  input: object,
  allowed: readonly string[],
  where: { field: string[]; code: string; problems: Problems },
  build: (key: string) => Check<T>,
): T | null {
  const { field, code, problems } = where;
  const members = setMembers(input).filter((key) => allowed.includes(key));
  if (members.length !== 1) {
    problems.add(
      code,
      `Set exactly one of ${allowed.join(', ')}; got ${members.length ? members.join(', ') : 'none'}.`,
      field,
    );
    return null;
  }
  const built = build(members[0]!);
  if (!built.ok) {
    problems.add(code, built.message, [...field, members[0]!]);
    return null;
  }
  return built.value;
}

/** The one member set, checked by its kind (src/kinds/conditions/) into the stored condition. */
export function validateCondition(
  input: ConditionInput,
  field: string[],
  problems: Problems,
): Condition | null {
  return oneOf<Condition>(
    input,
    conditionKinds.members,
    { field, code: 'INVALID_CONDITION', problems },
    (key) => conditionKinds.byMember(key)!.input.parse(input[key as keyof ConditionInput] as never),
  );
}

/** The one member set, checked by its kind (src/kinds/actions/) into the stored action. */
export function validateAction(input: ActionInput, field: string[], problems: Problems): Action | null {
  return oneOf<Action>(input, actionKinds.members, { field, code: 'INVALID_ACTION', problems }, (key) =>
    actionKinds.byMember(key)!.input.parse(input[key as keyof ActionInput] as never),
  );
}

/** Back from a stored condition to the input that describes it. */
export function conditionToInput(condition: Condition): ConditionInput {
  const kind = conditionKinds.of(condition);
  return { [kind.input.member]: kind.input.from(condition as never) } as ConditionInput;
}

/** Back from a stored action to the input that describes it. */
export function actionToInput(action: Action): ActionInput {
  const kind = actionKinds.of(action);
  return { [kind.input.member]: kind.input.from(action as never) } as ActionInput;
}
