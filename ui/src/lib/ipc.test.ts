// The IPC module: every failure arrives as an AppError.
import { mockIPC } from "@tauri-apps/api/mocks";
import { describe, expect, it } from "vitest";

import { api, toAppError } from "./ipc";

describe("ipc", () => {
  it("sends commands with camelCase arguments", async () => {
    const calls: [string, unknown][] = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      return null;
    });
    await api.addParticipant("w1", { name: "Ada", role: "CIO", area: "IT" });
    expect(calls).toEqual([["add_participant", { workshopId: "w1", participant: { name: "Ada", role: "CIO", area: "IT" } }]]);
  });

  it("turns every failure into {code, message, field, place}", async () => {
    mockIPC(() => {
      throw { code: "notFound", message: "No workshop with id x exists", field: null };
    });
    await expect(api.getWorkshop("x")).rejects.toEqual({
      code: "notFound",
      message: "No workshop with id x exists",
      field: null,
      place: null,
    });
    expect(toAppError("invalid args `id`")).toEqual({ code: "internal", message: "invalid args `id`", field: null, place: null });
  });
});
