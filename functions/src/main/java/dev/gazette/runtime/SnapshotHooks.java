package dev.gazette.runtime;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * The CRaC resources of this function: registered with the global context, so that SnapStart
 * runs them before its snapshot and after each restore, and runnable here directly, so that a
 * benchmark or a test can do what a checkpoint would in a JVM without CRaC (where registering
 * is a no-op).
 */
public final class SnapshotHooks {
  // CRaC holds registered resources weakly: without these references they could be collected
  // before the snapshot and never run.
  private static final List<Resource> REGISTERED = new CopyOnWriteArrayList<>();

  private SnapshotHooks() {}

  public static void register(Resource resource) {
    REGISTERED.add(resource);
    Core.getGlobalContext().register(resource);
  }

  /** Runs every registered {@code beforeCheckpoint}, in order, as a snapshot would. */
  public static void beforeCheckpoint() throws Exception {
    Context<Resource> context = Core.getGlobalContext();
    for (Resource resource : REGISTERED) {
      resource.beforeCheckpoint(context);
    }
  }

  /** Runs every registered {@code afterRestore}, last registered first, as a restore would. */
  public static void afterRestore() throws Exception {
    Context<Resource> context = Core.getGlobalContext();
    List<Resource> resources = List.copyOf(REGISTERED);
    for (int i = resources.size() - 1; i >= 0; i--) {
      resources.get(i).afterRestore(context);
    }
  }

  /** How many resources are registered (tests). */
  public static int registered() {
    return REGISTERED.size();
  }
}
