"""Multiple systems estimation."""

from idlibstats.mse.latent_class import LatentClassResult, mse_latent_class

__all__ = ["LatentClassResult", "mse_latent_class"]
