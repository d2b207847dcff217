/**
 * Running the app for years: backup and restore (commands and nightly), health and metrics for the operator.
 */
package jp.kumiaidesk.ops;
