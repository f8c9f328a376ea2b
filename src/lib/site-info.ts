/**
 * What the footer and /about/ show of the site settings (`site.config.yaml`): the filled fields in
 * the order readers expect them — who runs the site, how to reach them, its 备案 numbers — each
 * with its label and, where the rules ask for one, its link. Empty fields are left out.
 */
import { FIELD_LABELS } from '../schemas/registry';
import { ICP_LINK, PSB_LINK, psbCode, type SiteSettings } from '../schemas/site';

export type SiteFact = {
  /** `主办单位`, `ICP备案号` … */
  label: string;
  value: string;
  href?: string;
  /** The footer shows the value alone: a 备案 number's form says what it is (浙ICP备12345678号). */
  bare?: boolean;
};

/** Who runs the site and how to reach them: 主办单位, 承办单位, 联系电话, 电子邮箱, 通讯地址. */
export function operatorFacts(s: SiteSettings): SiteFact[] {
  const facts: (SiteFact | '' | false | undefined)[] = [
    s.sponsor && { label: FIELD_LABELS.sponsor, value: s.sponsor },
    s.organizer && { label: FIELD_LABELS.organizer, value: s.organizer },
    s.contact?.phone && { label: FIELD_LABELS.phone, value: s.contact.phone, href: `tel:${s.contact.phone.replace(/[^0-9+]/g, '')}` },
    s.contact?.email && { label: FIELD_LABELS.email, value: s.contact.email, href: `mailto:${s.contact.email}` },
    s.contact?.address && { label: FIELD_LABELS.address, value: s.contact.address },
  ];
  return facts.filter((f): f is SiteFact => Boolean(f));
}

/** The registration numbers: the ICP number linked to the MIIT 备案 system, the 公安 number to its record, the 网站标识码. */
export function registrationFacts(s: SiteSettings): SiteFact[] {
  const code = s.psb ? psbCode(s.psb) : undefined;
  const facts: (SiteFact | '' | false | undefined)[] = [
    s.icp && { label: FIELD_LABELS.icp, value: s.icp, href: ICP_LINK, bare: true },
    s.psb && { label: FIELD_LABELS.psb, value: s.psb, href: code ? PSB_LINK(code) : undefined, bare: true },
    s.siteCode && { label: FIELD_LABELS.siteCode, value: s.siteCode },
  ];
  return facts.filter((f): f is SiteFact => Boolean(f));
}
