// A process with main.ts's handlers for unhandled rejections and uncaught exceptions, and one of each.
import { createLogger } from '../../src/logger';
import { installProcessHandlers } from '../../src/main';
import { Metrics } from '../../src/metrics';

const logger = createLogger('info');
const metrics = new Metrics({ defaults: false });
installProcessHandlers(logger, metrics);

void Promise.reject(new Error('a rejection nobody awaited'));
setTimeout(async () => {
  const counted = await metrics.registry.getSingleMetricAsString('purposeful_unhandled_rejections_total');
  // Still running after the rejection: say so, with what /metrics would show.
  logger.info({ counted: counted.split('\n').at(-1) }, 'still serving');
  setTimeout(() => {
    throw new Error('an exception nobody caught');
  }, 10);
  // Would keep the process alive, were it not for the exit on the uncaught exception.
  setInterval(() => undefined, 1000);
}, 50);
