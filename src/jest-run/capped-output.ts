/** Keeps the head and the tail of a stream, so that megabytes of output cost a fixed amount of memory. */
export class CappedOutput {
  private head = "";
  private tailText = "";
  private dropped = 0;

  constructor(private readonly limit: number) {}

  add(chunk: Buffer | string): void {
    const text = chunk.toString();
    const half = Math.floor(this.limit / 2);
    if (this.head.length < half) {
      const take = text.slice(0, half - this.head.length);
      this.head += take;
      if (take.length === text.length) return;
      this.tailText += text.slice(take.length);
    } else {
      this.tailText += text;
    }
    if (this.tailText.length > half) {
      this.dropped += this.tailText.length - half;
      this.tailText = this.tailText.slice(-half);
    }
  }

  text(): string {
    return this.dropped > 0 ? `${this.head}\n[... ${this.dropped} characters cut ...]\n${this.tailText}` : this.head + this.tailText;
  }
}
