import type { ServiceContext } from '../../shared/service-context';
import type { Principal } from '../accounts/service';

/**
 * One module's demo data. Runs after the demo accounts and organisations exist; `principals`
 * maps each demo e-mail (e.g. `founder@demo.opchub.cn`) to its principal.
 */
export type DemoSeedStep = (
  ctx: ServiceContext,
  principals: Map<string, Principal>,
) => Promise<void>;
