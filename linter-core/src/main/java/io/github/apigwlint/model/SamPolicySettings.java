package io.github.apigwlint.model;

import io.github.apigwlint.source.Location;

/**
 * A SAM {@code Auth.ResourcePolicy} block of an API and how much of it SAM turns into statements:
 * its per-path lists (accounts, IP ranges, VPCs) generate statements once per path of the API.
 *
 * @param perPathLists the block sets lists that SAM expands per path
 * @param paths how many paths of the API SAM writes statements for
 */
public record SamPolicySettings(Api api, Location location, boolean perPathLists, int paths) {}
