package org.sealdesk.review;

import java.util.List;

/** One page of the review queue and how many orders match in all. */
public record ReviewQueuePage(List<ReviewQueueRow> rows, long total) {
}
