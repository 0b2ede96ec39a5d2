import { ApiError } from "../apiError";
import { defineAction } from "../sandboxAction";
import type { SandboxState, TaskRecord } from "../state/sandboxState";
import { describeTaskStatusParams } from "../validation/gaapSchemas";
import { validateSchema } from "../validation/validateSchema";

/** SUCCESS when every proxy reached the target (or is gone, for a destroy); FAIL when one vanished on the way. */
function taskStatus(task: TaskRecord, state: SandboxState): "RUNNING" | "SUCCESS" | "FAIL" {
  let done = true;
  for (const id of task.proxyIds) {
    const proxy = Object.hasOwn(state.proxies, id) ? state.proxies[id] : undefined;
    if (task.target === "GONE") done &&= proxy === undefined;
    else if (!proxy) return "FAIL";
    else done &&= proxy.Status === task.target;
  }
  return done ? "SUCCESS" : "RUNNING";
}

export const describeTaskStatus = defineAction({
  name: "DescribeTaskStatus",
  product: "gaap",
  writes: false,
  validate: (body) => validateSchema(describeTaskStatusParams, body),
  handle(params, ctx) {
    const task = Object.hasOwn(ctx.state.tasks, params.TaskId) ? ctx.state.tasks[params.TaskId] : undefined;
    if (!task) throw new ApiError("ResourceNotFound", { id: params.TaskId });
    return { Status: taskStatus(task, ctx.state), TaskId: task.TaskId };
  },
});
