import type { TextExtractor } from '../types.js';
import { get, items, text, YamlNodes } from './yaml-nodes.js';

const UPPTIME = /(?:^|\/)\.upptimerc\.ya?ml$/;
const PROSE = /\.(?:md|mdx|markdown|txt|rst)$/i;
/** Terraform resources that define an uptime or synthetic check. */
const TERRAFORM_MONITOR =
  /^\s*resource\s+"((?:betteruptime|betterstack_uptime|logtail)_monitor|uptimerobot_monitor|pingdom_check|statuscake_(?:uptime_)?test|checkly_check|datadog_synthetics_test|newrelic_synthetics_monitor|google_monitoring_uptime_check_config|aws_route53_health_check|grafana_synthetic_monitoring_check|azurerm_application_insights_standard_web_test|cloudflare_healthcheck|uptime_check)"/;
/** Hosted uptime services a document may say watch the site. */
const SERVICE = /\b(UptimeRobot|Uptime Robot|Better ?Stack|Better ?Uptime|Pingdom|StatusCake|Checkly|Cronitor|Freshping|Uptime Kuma|updown\.io|Oh Dear|Hetrix ?Tools|Site24x7|Upptime|Gatus)\b/i;
/** Wording that says the service probes the site on a schedule ("checks … every minute"). */
const PROBES = /\b(?:checks?|checking|checked|pings?|pinging|polls?|polling|probes?|probing|hits?|requests?)\b.*\bevery\s+(?:\d+\s*|few\s+)?(?:s(?:ec(?:ond)?s?)?|min(?:ute)?s?|h(?:ou)?rs?)\b/i;
/** A document section about uptime (not monitoring in general: error or log monitoring names the same vendors), whose lines need not repeat the word. */
const MONITOR_HEADING = /\b(?:uptime|availability|health ?checks?|status ?page|synthetic)\b/i;
const NOT_DONE = /\b(todo|tbd|should|would|could|plan(?:ned)?|consider|not yet|someday|eventually|later|no uptime)\b/i;

/**
 * Uptime monitors: Upptime's `.upptimerc.yml` sites, Terraform monitor resources, and documents
 * that name the hosted service watching the site — on a line about uptime, monitors or alerts, a
 * line saying it checks the site every N minutes, or a line in an "Uptime" section (a monitor configured in a dashboard leaves
 * no other trace in the repository). Scheduled workflows that request the site are found by
 * the CI extractor, Checkly checks by the Checkly extractor.
 */
export const uptimeMonitorsExtractor: TextExtractor = {
  id: 'uptime-monitors',
  accepts: (p) => UPPTIME.test(p) || p.endsWith('.tf') || PROSE.test(p),
  extract(p, content, facts) {
    if (UPPTIME.test(p)) {
      const yaml = YamlNodes.parse(p, content, facts);
      for (const site of items(get(yaml?.documents[0], 'sites'))) {
        const url = text(get(site, 'url'));
        if (url) facts.uptimeMonitors.push({ tool: 'Upptime', target: url, kind: 'code', location: yaml!.location(site) });
      }
      return;
    }
    const lines = content.split('\n');
    let heading = '';
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const location = { path: p, startLine: i + 1, endLine: i + 1, startColumn: 1, endColumn: line.length + 1 };
      if (p.endsWith('.tf')) {
        const m = TERRAFORM_MONITOR.exec(line);
        if (m) facts.uptimeMonitors.push({ tool: m[1]!, target: null, kind: 'code', location });
        continue;
      }
      const h = /^\s{0,3}#{1,6}\s+(.*)$/.exec(line) ?? (/^\s*[=-]{3,}\s*$/.test(line) && i > 0 ? [line, lines[i - 1]!] : null);
      if (h) heading = h[1]!;
      const m = SERVICE.exec(line);
      const aboutUptime = /\b(?:uptime|monitor|status|ping|alert|down)/i.test(line) || PROBES.test(line) || MONITOR_HEADING.test(heading);
      if (m && aboutUptime && !NOT_DONE.test(line) && !NOT_DONE.test(heading)) {
        facts.uptimeMonitors.push({ tool: m[1]!, target: /https?:\/\/[^\s)>\]]+/.exec(line)?.[0] ?? null, kind: 'document', location });
      }
    }
  },
};
