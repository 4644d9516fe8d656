/**
 * A stdio message reader that survives malformed input. vscode-jsonrpc's stream reader stops
 * making sense of the stream after a bad header (it reads the rest as headers forever); this
 * one reports the bad frame and resynchronises at the next `Content-Length:`, and answers a
 * body that is not JSON with the JSON-RPC "Parse error" response, as the spec asks.
 */
import { AbstractMessageReader, type DataCallback, type Disposable, type Message } from "vscode-languageserver/node";

const HEADER_END = Buffer.from("\r\n\r\n", "ascii");
const CONTENT_LENGTH = Buffer.from("Content-Length:", "ascii");

export interface FrameProblem {
  /** A JSON-RPC error response to send back, when the spec asks for one. */
  reply?: Message;
  message: string;
}

export class TolerantMessageReader extends AbstractMessageReader {
  private buffer: Buffer = Buffer.alloc(0);
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** Bytes still missing from the frame being read (0: parse whatever arrives). */
  private needed = 0;
  private callback?: DataCallback;

  constructor(
    private readonly input: NodeJS.ReadableStream,
    private readonly onProblem: (p: FrameProblem) => void,
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    const onData = (chunk: Buffer | string) => this.onData(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk);
    const onError = (e: Error) => this.fireError(e);
    const onClose = () => this.fireClose();
    this.input.on("data", onData);
    this.input.on("error", onError);
    this.input.on("end", onClose);
    this.input.on("close", onClose);
    return {
      dispose: () => {
        this.input.off("data", onData);
        this.input.off("error", onError);
        this.input.off("end", onClose);
        this.input.off("close", onClose);
      },
    };
  }

  private onData(chunk: Buffer) {
    // A large message arrives in many chunks: gather them and join once the whole frame is here,
    // rather than copying the growing buffer on every chunk.
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes < this.needed) return;
    this.buffer = Buffer.concat([this.buffer, ...this.pending]);
    this.pending = [];
    this.pendingBytes = 0;
    this.needed = 0;
    for (;;) {
      const headerEnd = this.buffer.indexOf(HEADER_END);
      if (headerEnd < 0) return;
      const headers = this.buffer.subarray(0, headerEnd).toString("ascii");
      const m = /(?:^|\r\n)Content-Length:\s*(\d+)\s*(?:\r\n|$)/i.exec(headers);
      if (!m) {
        this.problem({ message: `Ignored a message with a missing or invalid Content-Length header: ${JSON.stringify(headers.slice(0, 200))}` });
        this.resync(1);
        continue;
      }
      const length = Number(m[1]);
      const bodyStart = headerEnd + HEADER_END.length;
      if (this.buffer.length < bodyStart + length) {
        this.needed = bodyStart + length - this.buffer.length;
        return;
      }
      const body = this.buffer.subarray(bodyStart, bodyStart + length).toString("utf8");
      this.buffer = this.buffer.subarray(bodyStart + length);
      let message: unknown;
      try {
        message = JSON.parse(body);
      } catch (e) {
        this.problem({
          message: `Ignored a message that is not valid JSON (${(e as Error).message}).`,
          reply: { jsonrpc: "2.0", id: null, error: { code: -32700, message: `Parse error: ${(e as Error).message}` } } as Message,
        });
        continue;
      }
      if (!message || typeof message !== "object" || Array.isArray(message)) {
        this.problem({
          message: "Ignored a message that is not a JSON-RPC object.",
          reply: { jsonrpc: "2.0", id: null, error: { code: -32600, message: "Invalid Request: expected a JSON object" } } as Message,
        });
        continue;
      }
      const invalid = invalidParams(message as Record<string, unknown>);
      if (invalid) {
        this.problem(invalid);
        continue;
      }
      this.callback?.(message as Message);
    }
  }

  /** Drops bytes up to the next `Content-Length:` after `from` (or everything, keeping a possible partial match). */
  private resync(from: number) {
    const next = this.buffer.indexOf(CONTENT_LENGTH, from);
    this.buffer = next >= 0 ? this.buffer.subarray(next) : this.buffer.subarray(Math.max(0, this.buffer.length - CONTENT_LENGTH.length));
  }

  private problem(p: FrameProblem) {
    this.onProblem(p);
  }
}

/**
 * JSON-RPC: `params`, when present, is an object or an array. `params: null` reached the handlers,
 * which answered with an internal error; it is "Invalid params" (-32602), said to the client.
 */
function invalidParams(message: Record<string, unknown>): FrameProblem | undefined {
  if (!("params" in message) || (typeof message.params === "object" && message.params !== null)) return undefined;
  const method = typeof message.method === "string" ? message.method : "a message";
  const text = `Invalid params: ${method} needs its params as an object or an array, not ${message.params === null ? "null" : typeof message.params}`;
  const isRequest = "id" in message && (typeof message.id === "number" || typeof message.id === "string");
  return { message: `Ignored ${method}: ${text}.`, reply: isRequest ? ({ jsonrpc: "2.0", id: message.id, error: { code: -32602, message: text } } as Message) : undefined };
}
