import { newRecord, type Channel, type ChannelId, type PlanId } from '../../domain';
import { channelKindFromName, isWholeShopChannel } from '../labels';

/**
 * The one way an import of figures by channel (daily actuals, the war room's hours) finds a row's
 * channel: by name among the plan's (case-insensitive), else a new channel of the kind its name
 * says, made once per name and kept in `added`. The whole shop (全店, 店铺整体, …) is no channel.
 */
export function channelFinder(ctx: { planId: PlanId; channels: readonly Channel[] }) {
  const known = new Map(ctx.channels.map((c) => [c.name.trim().toLowerCase(), c.id]));
  const added: Channel[] = [];
  const find = (channelName: string): ChannelId | null => {
    if (!channelName || isWholeShopChannel(channelName)) return null;
    const key = channelName.toLowerCase();
    const id = known.get(key);
    if (id) return id;
    const ch: Channel = newRecord('channels', ctx.planId, {
      name: channelName,
      kind: channelKindFromName(channelName),
      order: ctx.channels.length + added.length,
    });
    added.push(ch);
    known.set(key, ch.id);
    return ch.id;
  };
  return { find, added };
}
