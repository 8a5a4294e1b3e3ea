package no.sentret.stats.rebuild;

/** Whether a rebuild runs, and how the last one ended (see {@link RebuildStatus#state()}). */
public enum RebuildState { IDLE, RUNNING, FAILED }
