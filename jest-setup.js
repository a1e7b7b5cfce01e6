// Jest setup provided by Grafana scaffolding
import './.config/jest-setup';

// jsdom has no MessageChannel, which React 19's scheduler and @grafana/ui use. Node's own
// (from worker_threads) keeps Jest from exiting, so a timer-based stand-in is used instead.
if (typeof global.MessageChannel === 'undefined') {
  class TimerMessageChannel {
    constructor() {
      const port1 = { onmessage: null };
      const port2 = {
        onmessage: null,
        postMessage: (data) => setTimeout(() => port1.onmessage && port1.onmessage({ data }), 0),
        close: () => {},
      };
      port1.postMessage = (data) => setTimeout(() => port2.onmessage && port2.onmessage({ data }), 0);
      port1.close = () => {};
      this.port1 = port1;
      this.port2 = port2;
    }
  }
  global.MessageChannel = TimerMessageChannel;
}
