/**
 * 県本部の集計: a prefectural HQ officer uploads the unions' 実態共有用アンケート sheets (.xlsx) and sees them rolled
 * up — figures per union, totals, the free-text answers per question, and each sheet's problems. No person's data
 * enters this feature: only the figures and answers the unions put on the HQ's form.
 */
package jp.kumiaidesk.hq;
